import { createRoot } from "react-dom/client";

// Placeholder until the pane's views land: shows the add-in loads in a host.
const root = document.getElementById("root");
if (root) createRoot(root).render(<p>工会台账助手</p>);
