/** The config file looked for in the working directory when neither --config nor PANTAU_CONFIG is given. */
export const DEFAULT_CONFIG_FILE = 'pantau.config.yaml';
