// Help dialog script: the close button.
import { cerrarDialogo } from "../../host";

document.getElementById("cerrar")?.addEventListener("click", cerrarDialogo);
