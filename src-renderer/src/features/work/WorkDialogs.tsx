// The dialogs of import and restore, as the current step of the work flows asks for them.
import type { ReactNode } from 'react';
import { ImportPreview } from './ImportPreview';
import { RestoreDialog } from './RestoreDialog';
import type { WorkFlows } from './use-work-flows';

export function WorkDialogs({ flows }: { flows: WorkFlows }): ReactNode {
  const { flow } = flows;
  if (flow.kind === 'restore') {
    return (
      <RestoreDialog
        busy={flows.busy}
        onMerge={flows.mergeSnapshot}
        onReplace={flows.replaceWithSnapshot}
        onClose={flows.close}
      />
    );
  }
  if (flow.kind === 'preview') {
    return (
      <ImportPreview
        source={flow.source}
        plan={flow.plan}
        busy={flows.busy}
        onImport={flows.confirmImport}
        onCancel={flows.close}
      />
    );
  }
  return null;
}
