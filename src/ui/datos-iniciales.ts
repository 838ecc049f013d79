// Reads the data the server embedded in the page (see src/addon/paginas.ts).

/** The parsed JSON of `<script type="application/json" id="datos-iniciales">`, or `porDefecto`. */
export function leerDatosIniciales<T>(porDefecto: T): T {
  const texto = document.getElementById("datos-iniciales")?.textContent ?? "";
  try {
    return { ...porDefecto, ...(JSON.parse(texto) as Partial<T>) };
  } catch {
    return porDefecto;
  }
}
