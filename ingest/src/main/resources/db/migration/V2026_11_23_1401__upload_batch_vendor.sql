-- The vendor that sent a batch (null when the library itself or the operator did): every record
-- carries its batch, so duplicate statistics can say which vendor made them.
ALTER TABLE upload_batch ADD COLUMN vendor VARCHAR(100);
CREATE INDEX ix_batch_vendor ON upload_batch (vendor, id);
