import { createRoot } from "react-dom/client";

// Placeholder until the standalone view lands.
const root = document.getElementById("root");
if (root) createRoot(root).render(<p>工会台账助手（离线版）</p>);
