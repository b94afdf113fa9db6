-- The inbox query of case-service (InboxQuery reads this file; `./bokvar bench inbox` EXPLAINs the very same text).
-- A unit's open cases, the most urgent open deadline first (NULLS LAST: cases without one come last), id as the
-- tie-break. Served by the partial indexes of V2__household_cases.sql:
--   household_case_inbox          (board, inbox_due_at, id) where status <> 'CLOSED'
--   household_case_inbox_assigned (board, assigned_to, inbox_due_at, id) where status <> 'CLOSED'
--   household_case_inbox_children (board, inbox_due_at, id) where status <> 'CLOSED' and children_known = 'YES'
-- Placeholders: :board, :limit, :offset and the filters' own (:type, :me); {filters} takes the chosen filter lines.
-- The notices still without a position (awaiting-position) come from the oldest such cases of the board:
--   household_case_awaiting_position (board, opened_at) where status <> 'CLOSED' and notices_without_position > 0
--- query
select c.id, c.board, c.status, c.opened_at, c.street, c.postal_code, c.children_known, c.assigned_to, c.act_by_date,
       c.escalation, c.inbox_deadline, c.inbox_due_at, c.has_breached_deadline, c.notices_without_position, c.urgent
from household_case c
where c.board = :board and c.status <> 'CLOSED'{filters}
order by c.inbox_due_at asc nulls last, c.id
limit :limit offset :offset
--- filter type
 and c.escalation = :type
--- filter children
 and c.children_known = 'YES'
--- filter no-children
 and c.children_known <> 'YES'
--- filter assigned-to-me
 and c.assigned_to = :me
--- filter unassigned
 and c.assigned_to is null
--- filter deadline-pending
 and c.inbox_due_at is not null
--- filter deadline-breached
 and c.has_breached_deadline
--- filter deadline-none
 and c.inbox_due_at is null and not c.has_breached_deadline
--- awaiting-position
select n.id, n.case_id, n.kind, n.source, n.received_at from case_notice n
where n.case_id in (select c.id from household_case c
                    where c.board = :board and c.status <> 'CLOSED' and c.notices_without_position > 0
                    order by c.opened_at limit :limit)
  and n.position is null
order by n.received_at
