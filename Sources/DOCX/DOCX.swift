/// WordprocessingML (.docx) output from the Markdown tree: the same content as the PDF and HTML.
public enum DOCX {}
