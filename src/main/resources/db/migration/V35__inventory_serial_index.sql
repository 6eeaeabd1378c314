-- Issue 15, ingestion speed: the index of devices by serial starts with the serial.
--
-- With (collectivity_id, serial), the lookup of a device by its agent key
-- (where collectivity_id = ? and agent_key = ?) could take this index for its first column alone
-- and read every device of the collectivité: PostgreSQL chose it over uk_inv_device_key whenever its
-- statistics were stale (a new or fast-growing table, autovacuum late or off), which made each
-- inventory cost in proportion to the collectivité's fleet (2,200 rows read per inventory at 2,200
-- devices). Starting with the serial, it serves only the lookup by serial, and the one by key has
-- nothing but the unique index.
drop index ix_inv_device_serial;
create index ix_inv_device_serial on inv_device (serial, collectivity_id);
