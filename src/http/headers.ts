/** HTTP header facts that hold for every client. */

/** The request header that asks the server to close the connection, compared case-insensitively. */
export const CLOSE_HEADER = { name: 'connection', value: 'close' } as const;

/** Methods that set a header on a headers container or an outgoing request. */
export const HEADER_SET_METHODS: ReadonlySet<string> = new Set(['set', 'append', 'setHeader']);
