// Wraps the doc content (no ejection): knowledge-base answers get a "may be
// stale" notice above the title when they were verified long ago.
import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useActivePlugin} from '@docusaurus/plugin-content-docs/client';

import {KB_PLUGIN_ID, KbStaleNotice} from '@site/src/components/KbAnswer';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const isAnswer = useActivePlugin()?.pluginId === KB_PLUGIN_ID;
  return (
    <>
      {isAnswer && <KbStaleNotice />}
      <Content {...props} />
    </>
  );
}
