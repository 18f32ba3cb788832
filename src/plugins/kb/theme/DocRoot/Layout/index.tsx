/**
 * Wraps the docs layout (no ejection) so that an answer shows the topics
 * sidebar although it is not listed in it: the docs plugin gives a page the
 * sidebar that lists it, and no answer is listed (the sidebar stays short at
 * thousands of answers). Other docs pages keep the layout as it is.
 *
 * A wrapper, not a root component of the kb instance: a component of its own
 * would be one more entry in the route registry that every page loads.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme-init/DocRoot/Layout';
import type {Props} from '@theme/DocRoot/Layout';
import {
  DocsSidebarProvider,
  useDocsSidebar,
  useDocsVersion,
} from '@docusaurus/plugin-content-docs/client';

import {KB_PLUGIN_ID, KB_SIDEBAR_ID} from '@site/src/lib/kb/instance';

export default function DocRootLayoutWrapper(props: Props): ReactNode {
  const {pluginId, docsSidebars} = useDocsVersion();
  const sidebar = useDocsSidebar();
  if (pluginId !== KB_PLUGIN_ID || sidebar) {
    return <Layout {...props} />;
  }
  return (
    <DocsSidebarProvider
      name={KB_SIDEBAR_ID}
      items={docsSidebars[KB_SIDEBAR_ID]}>
      <Layout {...props} />
    </DocsSidebarProvider>
  );
}
