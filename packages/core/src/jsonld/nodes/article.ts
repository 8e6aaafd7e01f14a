import type { NewsArticleLeaf } from 'schema-dts';
import type { Coverage } from '../../model/types.js';
import { speakers } from '../../model/forum-index.js';
import { resolveText } from '../../model/text.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import { oneOrMany, prune } from '../prune.js';

/** An article that reported the forum: about the forum Event, mentioning the people who took part. */
export function articleNode(article: Coverage, ctx: GraphContext): NewsArticleLeaf {
  const { forum, lang } = ctx;
  // The headline as published (in the article's language when known); translations are alternatives.
  const headline =
    article.language === undefined ? lang.text(article.headline)! : resolveText(article.headline, article.language, forum.languages)!;
  return prune<NewsArticleLeaf>({
    '@type': 'NewsArticle',
    '@id': ctx.ids.article(article.id),
    headline,
    alternativeHeadline: oneOrMany(lang.variants([article.headline], headline)),
    url: ctx.url(article.url),
    publisher: ctx.refs(article.publisher, 'organization'),
    author: ctx.refs(article.authors, 'person'),
    datePublished: ctx.date(article.datePublished),
    inLanguage: article.language,
    about: ref(ctx.ids.forum),
    mentions: ctx.refs(speakers(forum).map((person) => person.id), 'person'),
  });
}
