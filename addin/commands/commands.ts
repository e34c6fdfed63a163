// Ribbon commands: the buttons only show the task pane (ShowTaskpane actions in manifest.xml), so
// this page registers nothing yet; Office requires a FunctionFile for the command surface.
Office.onReady(() => undefined);
