/**
 * The root of every answer page (the kb docs instance's docRootComponent):
 * the stock DocRoot, except that an answer shows the topics sidebar although
 * it is not listed in it. Other docs instances keep @theme/DocRoot.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {HtmlClassNameProvider, ThemeClassNames} from '@docusaurus/theme-common';
import {
  DocsSidebarProvider,
  useDocRootMetadata,
  useDocsVersion,
} from '@docusaurus/plugin-content-docs/client';
import DocRootLayout from '@theme/DocRoot/Layout';
import NotFoundContent from '@theme/NotFound/Content';
import type {Props} from '@theme/DocRoot';

import {KB_SIDEBAR_ID} from '@site/src/lib/kb/instance';

export default function KbDocRoot(props: Props): ReactNode {
  const metadata = useDocRootMetadata(props);
  const {docsSidebars} = useDocsVersion();
  if (!metadata) {
    // The stock DocRoot does the same: no second layout around "not found".
    return <NotFoundContent />;
  }
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.page.docsDocPage)}>
      <DocsSidebarProvider
        name={KB_SIDEBAR_ID}
        items={docsSidebars[KB_SIDEBAR_ID]}>
        <DocRootLayout>{metadata.docElement}</DocRootLayout>
      </DocsSidebarProvider>
    </HtmlClassNameProvider>
  );
}
