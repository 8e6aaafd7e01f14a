/** A module's source with the indentation inside every html`` and svg`` template dropped (line breaks and line numbers kept). */
export function dropHtmlIndentation(source: string, fileName?: string): string;
