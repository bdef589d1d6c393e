import { memo } from 'react';
import { Button } from '../../../components/ui/button';

/** What can be done to one item of a repeatable field. */
export type ItemAction = 'moveUp' | 'moveDown' | 'duplicate' | 'remove';

const actions: readonly { action: ItemAction; word: string; icon: string }[] = [
  { action: 'moveUp', word: 'Move up', icon: '↑' },
  { action: 'moveDown', word: 'Move down', icon: '↓' },
  { action: 'duplicate', word: 'Duplicate', icon: '⧉' },
  { action: 'remove', word: 'Remove', icon: '✕' },
];

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
      {actions.map(({ action, word, icon }) => (
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
          <span aria-hidden="true">{icon}</span>
        </Button>
      ))}
    </div>
  );
});
