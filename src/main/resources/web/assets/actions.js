// ACTIONS HOOK: functions (answer, question) => Node | null, each adding a control under an
// answer (copy, feedback, "Share to Discord"). Its own module, so the answer view and the scripts
// that register actions need not import the chat page itself.
export const answerActions = [];
