import { createRoot } from "react-dom/client";
import { App } from "../ui/app/App.js";

// No Office here (WPS users, or any browser, offline): the same UI with no host adapter.
const root = document.getElementById("root");
if (root) createRoot(root).render(<App host={{ kind: "none" }} />);
