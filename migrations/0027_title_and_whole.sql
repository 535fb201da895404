-- The title and the draft as a whole are places to comment, like any unit: `article` is
-- 'title' or 'whole', `ref` is ''. Their place is after the text, since a unit's place is in
-- the keys feedback is indexed and counted by; pages read them first.
INSERT INTO units (document_id, article, ref, position, kind, part, text, notes, title)
SELECT d.id, 'title', '', (SELECT MAX(position) FROM units WHERE document_id = d.id) + 1,
       'article', NULL, d.title, '', ''
FROM documents d WHERE EXISTS (SELECT 1 FROM units WHERE document_id = d.id);
INSERT INTO units (document_id, article, ref, position, kind, part, text, notes, title)
SELECT d.id, 'whole', '', (SELECT MAX(position) FROM units WHERE document_id = d.id) + 1,
       'article', NULL, '', '', ''
FROM documents d WHERE EXISTS (SELECT 1 FROM units WHERE document_id = d.id);

INSERT INTO unit_translations (document_id, language, article, ref, text, title)
SELECT document_id, language, 'title', '', title, '' FROM document_translations;
INSERT INTO unit_translations (document_id, language, article, ref, text, title)
SELECT document_id, language, 'whole', '', '', '' FROM document_translations;

-- A revision's title and whole draft descend from its base's, confirmed as its other links
-- are when every one of them is.
INSERT INTO unit_links (from_document, to_document, from_article, from_ref, to_article, to_ref,
                        kind, similarity, doubtful, confirmed_by, confirmed_at)
SELECT d.based_on, d.id, a.article, '', a.article, '',
       CASE WHEN a.article = 'whole' OR b.title = d.title THEN 'unchanged' ELSE 'amended' END,
       1.0, 0,
       (SELECT MAX(confirmed_by) FROM unit_links l WHERE l.to_document = d.id
          AND NOT EXISTS (SELECT 1 FROM unit_links u WHERE u.to_document = d.id
                            AND u.confirmed_by IS NULL)),
       (SELECT MAX(confirmed_at) FROM unit_links l WHERE l.to_document = d.id
          AND NOT EXISTS (SELECT 1 FROM unit_links u WHERE u.to_document = d.id
                            AND u.confirmed_by IS NULL))
FROM documents d
JOIN documents b ON b.id = d.based_on
JOIN (SELECT 'title' AS article UNION ALL SELECT 'whole') a
WHERE EXISTS (SELECT 1 FROM unit_links WHERE to_document = d.id);
