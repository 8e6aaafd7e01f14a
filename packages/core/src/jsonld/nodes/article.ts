import type { NewsArticleLeaf } from 'schema-dts';
import type { Coverage } from '../../model/types.js';
import { resolveText } from '../../model/text.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import { prune } from '../prune.js';

/** An article that reported the forum: about the forum Event, mentioning whom the data says it mentions. */
export function articleNode(article: Coverage, ctx: GraphContext): NewsArticleLeaf {
  const { forum, lang } = ctx;
  // The headline as published: in the article's language when known, else in the graph's.
  const headline = resolveText(article.headline, article.language ?? lang.language, forum.languages);
  return prune<NewsArticleLeaf>({
    '@type': 'NewsArticle',
    '@id': ctx.ids.of('article', article.id),
    headline,
    url: ctx.url(article.url),
    publisher: ctx.refs(article.publisher),
    author: ctx.refs(article.authors),
    datePublished: ctx.date(article.datePublished),
    inLanguage: article.language,
    about: ref(ctx.ids.of('forum')),
    mentions: ctx.refs(article.mentions),
  });
}
