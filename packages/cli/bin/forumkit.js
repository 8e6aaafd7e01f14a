#!/usr/bin/env node
// The `forumkit` command (its code is built into dist/cli.js). A file of its own that is there
// before any build, so that npm links the command when the repository is installed fresh.
import '../dist/cli.js';
