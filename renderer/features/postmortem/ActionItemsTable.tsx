import { BlameFlags } from './BlameFlags';
import { actionItemProblems, blameAt, withEntry, withoutEntry } from './document-edit';
import { ACTION_ITEMS_GUIDANCE } from './guidance';
import type { ActionItem, BlameFinding, PostmortemReview } from './types';
import { ACTION_ITEM_TYPE_LIST } from './types';

const BLANK: ActionItem = { title: '', owner: '', due: '', type: '' };

/** Action items: title, owner, due date and type per row, each row flagged with what it still lacks. */
export function ActionItemsTable({
  items,
  review,
  onChange,
  onApply,
}: {
  items: ActionItem[];
  review: PostmortemReview | undefined;
  onChange(items: ActionItem[]): void;
  onApply(finding: BlameFinding): void;
}) {
  const set = (index: number, item: ActionItem) => onChange(withEntry(items, index, item, BLANK));
  return (
    <fieldset className="pm-section">
      <legend>Action items</legend>
      <p className="pm-guidance">{ACTION_ITEMS_GUIDANCE}</p>
      <table className="pm-table pm-actions">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Type</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => {
            const problems = actionItemProblems(review, index);
            const findings = blameAt(review, { field: 'actionItems', index, part: 'title' });
            const problemId = `pm-action-${index}-problems`;
            const describedBy = problems.length > 0 ? problemId : undefined;
            const n = index + 1;
            return (
              <tr key={index} className={problems.length > 0 || findings.length > 0 ? 'pm-flagged' : undefined} data-testid={`action-item-${n}`}>
                <td>
                  <input type="text" aria-label={`Action item ${n}`} value={item.title} aria-describedby={describedBy} onChange={(e) => set(index, { ...item, title: e.target.value })} />
                  {problems.length > 0 && (
                    <p className="pm-problems" id={problemId}>
                      Needs: {problems.join('; ')}
                    </p>
                  )}
                  <BlameFlags id={`pm-action-${index}-blame`} findings={findings} onApply={onApply} />
                </td>
                <td>
                  <input type="text" aria-label={`Owner of action item ${n}`} value={item.owner} aria-describedby={describedBy} onChange={(e) => set(index, { ...item, owner: e.target.value })} />
                </td>
                <td>
                  <input type="date" aria-label={`Due date of action item ${n}`} value={item.due} aria-describedby={describedBy} onChange={(e) => set(index, { ...item, due: e.target.value })} />
                </td>
                <td>
                  <select aria-label={`Type of action item ${n}`} value={item.type} aria-describedby={describedBy} onChange={(e) => set(index, { ...item, type: e.target.value as ActionItem['type'] })}>
                    <option value="">Choose…</option>
                    {ACTION_ITEM_TYPE_LIST.map((type) => (
                      <option key={type} value={type}>
                        {type}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" onClick={() => onChange(withoutEntry(items, index))}>
                    Remove<span className="visually-hidden"> action item {n}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...items, BLANK])}>
        Add action item
      </button>
    </fieldset>
  );
}
