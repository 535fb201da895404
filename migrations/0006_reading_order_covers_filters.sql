-- The reading-order index also carries each item's consultation and position, so a review
-- page filtered by either skips to a deep page on the index alone, without reading the rows
-- it passes (page 300 of one consultation's feedback on an article: 100 ms before).
DROP INDEX feedback_in_reading_order;
CREATE INDEX feedback_in_reading_order
    ON feedback (document_id, article, ref_position, id, consultation_id, stance);
