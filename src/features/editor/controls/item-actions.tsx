import { memo } from 'react';
import { Button } from '../../../components/ui/button';

/** What can be done to one item of a repeatable field. */
export type ItemAction = 'moveUp' | 'moveDown' | 'duplicate' | 'remove';

// Drawn, not typed: symbol glyphs are missing from many system fonts.
const icons: Record<ItemAction, string> = {
  moveUp: 'M8 13V3M3.5 7.5 8 3l4.5 4.5',
  moveDown: 'M8 3v10M3.5 8.5 8 13l4.5-4.5',
  duplicate: 'M5.5 5.5h7v7h-7zM3.5 10.5v-7h7',
  remove: 'M4 4l8 8M12 4l-8 8',
};

const actions: readonly { action: ItemAction; word: string }[] = [
  { action: 'moveUp', word: 'Move up' },
  { action: 'moveDown', word: 'Move down' },
  { action: 'duplicate', word: 'Duplicate' },
  { action: 'remove', word: 'Remove' },
];

function Icon({ action }: { action: ItemAction }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={icons[action]} />
    </svg>
  );
}

/** The DOM id of an item's action button (focus goes back to it after a move). */
export function itemActionId(itemId: string, action: ItemAction): string {
  return `${itemId}-${action}`;
}

export interface ItemActionsProps {
  /** DOM id of the item (`fieldDomId` of its path). */
  itemId: string;
  /** "user story 2": each button's accessible name is "<Action> user story 2". */
  label: string;
  isFirst: boolean;
  isLast: boolean;
  index: number;
  onAction: (action: ItemAction, index: number) => void;
}

/** Move up, Move down, Duplicate, Remove, each named after the item it acts on. */
export const ItemActions = memo(function ItemActions({
  itemId,
  label,
  isFirst,
  isLast,
  index,
  onAction,
}: ItemActionsProps) {
  return (
    <div className="item-actions">
      {actions.map(({ action, word }) => (
        <Button
          key={action}
          id={itemActionId(itemId, action)}
          size="small"
          variant={action === 'remove' ? 'danger' : 'quiet'}
          aria-label={`${word} ${label}`}
          title={`${word} ${label}`}
          disabled={(action === 'moveUp' && isFirst) || (action === 'moveDown' && isLast)}
          onClick={() => onAction(action, index)}
        >
          <Icon action={action} />
        </Button>
      ))}
    </div>
  );
});
