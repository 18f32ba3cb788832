// Wraps the docs breadcrumbs (no ejection). Answers are not listed in the kb
// sidebar (it links topics, to stay short at thousands of answers), so the
// stock breadcrumbs, built from the sidebar, would be empty: answers show
// "Knowledge base › <topic>" instead.
import React, {type ReactNode} from 'react';
import DocBreadcrumbs from '@theme-original/DocBreadcrumbs';
import type DocBreadcrumbsType from '@theme/DocBreadcrumbs';
import type {WrapperProps} from '@docusaurus/types';
import {useActivePlugin} from '@docusaurus/plugin-content-docs/client';

import {KbBreadcrumbs} from '@theme/KbAnswer';
import {KB_PLUGIN_ID} from '@site/src/lib/kb/instance';

type Props = WrapperProps<typeof DocBreadcrumbsType>;

export default function DocBreadcrumbsWrapper(props: Props): ReactNode {
  const isAnswer = useActivePlugin()?.pluginId === KB_PLUGIN_ID;
  return isAnswer ? <KbBreadcrumbs /> : <DocBreadcrumbs {...props} />;
}
