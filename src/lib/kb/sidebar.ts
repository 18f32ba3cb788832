/**
 * The knowledge base's sidebar: "All answers" and one link per topic to the
 * landing page filtered by that topic's tag. It stays this short however many
 * answers there are, because every answer page renders it into its HTML.
 */
import type {KbTag} from './context';
import {tagFilterPath} from './landing';

/** A sidebar link item, as in Docusaurus' sidebars files. */
export interface SidebarLink {
  readonly type: 'link';
  readonly label: string;
  readonly href: string;
}

export function kbSidebarItems(
  tags: readonly KbTag[],
  topics: ReadonlySet<string>,
  landingPath: string,
): SidebarLink[] {
  return [
    {type: 'link', label: 'All answers', href: landingPath},
    ...tags
      .filter((tag) => topics.has(tag.id))
      .map((tag): SidebarLink => ({
        type: 'link',
        label: tag.label,
        href: tagFilterPath(landingPath, tag.id),
      })),
  ];
}
