/** @jsxImportSource preact */
// The plain tag in Preact's JSX.
export const good = <ask-for-help-card resources={[{ name: 'Harbour Listening Line' }]} region="US" />;

// @ts-expect-error a resource needs a name
export const withoutName = <ask-for-help-card resources={[{ phone: '555 0100' }]} />;
