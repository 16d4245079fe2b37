using System.Text;

namespace Pledgewatch.Extraction.Numbers;

/// <summary>
/// An amount as people type it — 680.3亿元, 10.4万人, 5.5%, 一百二十个, 68030000000 — read by the
/// grammar's own quantity parser, so a correction is typed the way the report wrote the figure.
/// </summary>
public static class WrittenAmount
{
    /// <summary>Reads the whole text as one amount.</summary>
    /// <param name="written">What was typed; full-width digits and spaces are allowed.</param>
    /// <param name="value">The amount in base units (68030000000 for 680.3亿元).</param>
    /// <param name="unit">The base unit typed with it (元), or null when only a number was typed.</param>
    /// <returns>False when the text is not one amount.</returns>
    public static bool TryRead(string? written, out double value, out string? unit)
    {
        value = 0;
        unit = null;
        var text = new StringBuilder();
        foreach (var c in (written ?? "").Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
        }

        var clean = text.ToString();
        var sign = 1;
        if (clean.Length > 0 && clean[0] is '-' or '−')
        {
            sign = -1;
            clean = clean[1..];
        }

        if (clean.Length == 0 || !QuantityParser.TryParse(clean, 0, clean.Length, out var quantity) || quantity.End != clean.Length || quantity.Ratio)
        {
            return false;
        }

        value = sign * quantity.Value;
        unit = quantity.Unit is null ? null : quantity.BaseUnit;
        return true;
    }
}
