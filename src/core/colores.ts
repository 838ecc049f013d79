// The office's palette: the registry sheets' headers, the report tab and the Doc use the same colours.

export const COLORES = {
  acento: "#1f4e79",
  blanco: "#ffffff",
  texto: "#1f2328",
  suave: "#59636e",
  borde: "#8c959f",
} as const;
