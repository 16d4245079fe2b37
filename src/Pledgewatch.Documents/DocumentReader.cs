using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Pledgewatch.Extraction;
using UglyToad.PdfPig;

namespace Pledgewatch.Documents;

/// <summary>
/// Reads a report file as text: plain text and Markdown in UTF-8, UTF-16 or GB18030/GBK; HTML;
/// Word .docx; PDF. The kind is told by the bytes first and the file extension second.
/// </summary>
public static class DocumentReader
{
    /// <summary>Files larger than this are refused (64 MiB).</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// What a Word file's document part or a PDF's streams may unpack to (32 MiB; a long real report's
    /// Word body is a few hundred KB). Counted while unpacking: a small file that would unpack to more is
    /// refused once the count passes this, before any of it is parsed.
    /// </summary>
    public const long MaxUnpackedBytes = 32L * 1024 * 1024;

    /// <summary>The most pages a PDF may have.</summary>
    public const int MaxPdfPages = 3000;

    public static DocumentText ReadFile(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DocumentReadException(Directory.Exists(path) ? "is a folder, not a file" : "no such file");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DocumentReadException(e.Message, e);
        }

        if (info.Length > maxBytes)
        {
            throw new DocumentReadException($"too large: {info.Length:N0} bytes, the limit is {maxBytes:N0}");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(e.Message, e);
        }

        return Read(Path.GetFileName(path), bytes);
    }

    /// <summary>Reads a document from its bytes; <paramref name="name"/> gives the extension.</summary>
    public static DocumentText Read(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            throw new DocumentReadException("empty file");
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (bytes.AsSpan().StartsWith("%PDF"u8))
        {
            return new DocumentText(name, ReadPdf(bytes), TextFormat.Plain, "pdf");
        }

        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            if (extension is ".docx" or ".docm" or "" or ".txt" or ".doc")
            {
                return new DocumentText(name, ReadDocx(bytes), TextFormat.Plain, "docx");
            }

            throw new DocumentReadException("a zip archive, not a report (only Word .docx archives are read)");
        }

        if (extension == ".docx")
        {
            throw new DocumentReadException("not a Word .docx file (no zip container)");
        }

        if (extension == ".pdf")
        {
            throw new DocumentReadException("not a PDF file (no %PDF header)");
        }

        var (text, encoding) = TextDecoder.Decode(bytes);
        if (extension is ".html" or ".htm" or ".xhtml" || LooksLikeHtml(text))
        {
            return new DocumentText(name, HtmlToText(text), TextFormat.Plain, encoding + "+html");
        }

        var format = extension is ".md" or ".markdown" ? TextFormat.Markdown : TextFormat.Plain;
        return new DocumentText(name, text, format, encoding);
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 512)).TrimStart();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The visible text of an HTML page, one line per block element.</summary>
    internal static string HtmlToText(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var sb = new StringBuilder(html.Length / 2);
        // A saved web page: the article when the page marks one (the longest <article> or <main>),
        // else the body; navigation, menus, sidebars, share bars and footers are the site's, not the report's.
        var article = document.QuerySelectorAll("article, main").OrderByDescending(e => e.TextContent.Length).FirstOrDefault();
        var root = (INode?)article ?? (INode?)document.Body ?? document.DocumentElement;
        if (root is not null)
        {
            AppendText(root, sb, inArticle: article is not null);
        }

        return sb.ToString().Trim();
    }

    /// <summary>Elements that are a site's furniture wherever they stand.</summary>
    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "iframe", "svg",
    };

    /// <summary>Class and id words of a site's furniture (a whole word of the attribute: nav, main-nav, site_footer).</summary>
    private static readonly string[] FurnitureNames = ["nav", "navbar", "menu", "breadcrumb", "crumb", "footer", "sidebar", "share", "toolbar", "copyright", "pagination", "topbar"];

    private static bool IsFurniture(IElement element, bool inArticle)
    {
        if (Furniture.Contains(element.LocalName) || (!inArticle && element.LocalName is "header" or "footer"))
        {
            return true;
        }

        var names = $"{element.ClassName} {element.Id}";
        return names.Length > 1 && names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Any(word => FurnitureNames.Contains(word, StringComparer.OrdinalIgnoreCase));
    }

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dt", "dd",
    };

    private static void AppendText(INode node, StringBuilder sb, bool inArticle)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element when IsFurniture(element, inArticle):
                    break;
                case IElement element:
                    var block = BlockElements.Contains(element.LocalName);
                    if (block)
                    {
                        sb.Append('\n');
                    }

                    AppendText(element, sb, inArticle);
                    if (block)
                    {
                        sb.Append('\n');
                    }

                    break;
            }
        }
    }

    private static string ReadDocx(byte[] bytes)
    {
        try
        {
            UnpackedSize.CheckWord(bytes, MaxUnpackedBytes);
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentReadException("a Word file without a document body");
            var sb = new StringBuilder();
            foreach (var paragraph in body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
            {
                sb.Append(paragraph.InnerText).Append('\n');
            }

            return sb.ToString();
        }
        catch (Exception e) when (e is not DocumentReadException and (DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FileFormatException))
        {
            throw new DocumentReadException("a broken Word .docx file: " + FirstLine(e.Message), e);
        }
    }

    private static string ReadPdf(byte[] bytes)
    {
        try
        {
            UnpackedSize.CheckPdf(bytes, MaxUnpackedBytes);
            using var document = PdfDocument.Open(bytes);
            if (document.NumberOfPages > MaxPdfPages)
            {
                throw new DocumentReadException($"too many pages: {document.NumberOfPages:N0}, the limit is {MaxPdfPages:N0}") { TooLarge = true };
            }

            // Lines joined into paragraphs by the page layout, page numbers and running titles dropped.
            return PdfLayout.Paragraphs([.. document.GetPages().Select(PdfLines.Of)]);
        }
        catch (Exception e) when (e is not DocumentReadException)
        {
            throw new DocumentReadException("a broken PDF file: " + FirstLine(e.Message), e);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
