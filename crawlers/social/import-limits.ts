// Limits of import files, apart from the readers so the option schemas can name them without
// loading the parsers (config loading stays cheap).

/**
 * Default size limit of an import file. Rows stream, so the file's size does not decide the heap;
 * what still grows with it is the pipeline's set of ids seen in this run (~100 bytes a row), so the
 * default keeps a file of ~2,000,000 rows of ~100 bytes within the documented 384 MB heap.
 */
export const DEFAULT_IMPORT_MAX_BYTES = 200_000_000;
