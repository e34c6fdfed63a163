import { createRoot } from "react-dom/client";
import helpPage from "../help/help.html?raw";
import { App } from "../ui/app/App.js";
import { helpBody } from "../ui/app/help-link.js";

// No Office here (WPS users, or any browser, offline): the same UI with no host adapter. The page travels as one
// file (mailed, saved anywhere), so its 使用说明 is built in rather than linked to help.html beside it.
const root = document.getElementById("root");
if (root) createRoot(root).render(<App host={{ kind: "none" }} helpHtml={helpBody(helpPage)} />);
