/** A frab slug for a forumkit id, as the voc schema's pattern has it (`^[a-z0-9_-]+[a-z0-9]$`). */
export function slugOf(id: string): string {
  const slug = id
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/[^a-z0-9]+$/, '');
  return slug.length >= 2 ? slug : `s-${slug || '0'}`;
}
