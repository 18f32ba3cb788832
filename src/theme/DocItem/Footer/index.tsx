// Wraps the doc footer (no ejection):
// - every docs and knowledge-base page ends with "Was this page helpful?";
// - knowledge-base answers replace the stock footer (tags, "Edit this page")
//   with "About this answer": contributors, freshness, versions, actions.
import React, {type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {
  useActivePlugin,
  useDoc,
  useDocsVersion,
} from '@docusaurus/plugin-content-docs/client';

import {KbAnswerFooter} from '@theme/KbAnswer';
import {KB_PLUGIN_ID} from '@site/src/lib/kb/instance';
import PageFeedback from '@site/src/components/PageFeedback';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): ReactNode {
  const isAnswer = useActivePlugin()?.pluginId === KB_PLUGIN_ID;
  const {metadata} = useDoc();
  const version = useDocsVersion();
  return (
    <>
      {isAnswer ? <KbAnswerFooter /> : <Footer {...props} />}
      <PageFeedback
        title={metadata.title}
        version={isAnswer ? 'knowledge base (unversioned)' : version.label}
      />
    </>
  );
}
