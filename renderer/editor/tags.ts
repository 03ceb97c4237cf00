/** Tags as the reporter types them: comma-separated (Vietnamese keyboards also give "，" rarely; accept both). */
export function parseTags(text: string): string[] {
  return text
    .split(/[,，]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
