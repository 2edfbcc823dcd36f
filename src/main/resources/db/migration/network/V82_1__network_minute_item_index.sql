-- When a closed family is made anonymous after its retention period (issue 17, ADR 0016), the
-- network module removes the minutes of the agenda items about it, found by item: the primary
-- key leads with the meeting, so without this index, a seq scan of every minute for each batch.
create index network_minute_item on network_minute (item_id);
