using Pledgewatch.Extraction.Normalization;

namespace Pledgewatch.Extraction.Numbers;

/// <summary>
/// Reads a quantity at a position of the clean text: Arabic numbers with decimals and
/// thousands separators, Chinese numerals, a multiplier (1.13万, 14亿), 多/余, a unit
/// (4.48万亩, 100P), fractions (三分之一, 1/3 → %) and ratios (1.776：1).
/// </summary>
internal static class QuantityParser
{
    public static bool TryParse(string text, int i, int end, out Quantity quantity)
    {
        quantity = default;
        var c = text[i];
        return CharClass.IsAsciiDigit(c) ? TryArabic(text, i, end, out quantity) : TryChinese(text, i, end, out quantity);
    }

    private static bool TryArabic(string text, int i, int end, out Quantity quantity)
    {
        quantity = default;
        var k = i;
        double value = 0;
        while (k < end && (CharClass.IsAsciiDigit(text[k]) || (text[k] == ',' && k + 1 < end && CharClass.IsAsciiDigit(text[k + 1]))))
        {
            if (text[k] != ',')
            {
                value = value * 10 + (text[k] - '0');
            }

            k++;
        }

        if (k < end - 1 && text[k] == '.' && CharClass.IsAsciiDigit(text[k + 1]))
        {
            // Digits after the point are read as a whole and divided once: 1.776, not 1.7760000000000002.
            k++;
            double fraction = 0, scale = 1;
            while (k < end && CharClass.IsAsciiDigit(text[k]) && scale < 1e15)
            {
                fraction = fraction * 10 + (text[k] - '0');
                scale *= 10;
                k++;
            }

            while (k < end && CharClass.IsAsciiDigit(text[k]))
            {
                k++;
            }

            value += fraction / scale;
        }

        // 1/3 (a fraction): a share of a whole, in percent.
        if (k + 1 < end && text[k] == '/' && CharClass.IsAsciiDigit(text[k + 1]) && value > 0)
        {
            var d = k + 1;
            double denominator = 0;
            while (d < end && CharClass.IsAsciiDigit(text[d]))
            {
                denominator = denominator * 10 + (text[d] - '0');
                d++;
            }

            if ((d < end && text[d] is '.' or '/') || denominator <= value)
            {
                return false;
            }

            quantity = new Quantity { Start = i, End = d, Value = Math.Round(value / denominator * 100, 4), Unit = PercentUnit };
            return true;
        }

        return Finish(text, i, k, end, value, chinese: false, out quantity);
    }

    private static bool TryChinese(string text, int i, int end, out Quantity quantity)
    {
        quantity = default;

        // 百分之五, 百分之三十: a percentage written out.
        if (i + 3 < end && text[i] == '百' && text[i + 1] == '分' && text[i + 2] == '之')
        {
            var percentLength = ChineseNumeralParser.TryParse(text, i + 3, end, out var percent);
            if (percentLength == 0)
            {
                return false;
            }

            // 百分之十二点八 → 12.8.
            var decimals = ChineseNumeralParser.TryParseDecimals(text, i + 3 + percentLength, end, out var percentFraction);
            percent += percentFraction;
            percentLength += decimals;

            quantity = new Quantity { Start = i, End = i + 3 + percentLength, Value = percent, Unit = PercentUnit, Chinese = true };
            return true;
        }

        var length = ChineseNumeralParser.TryParse(text, i, end, out var value);
        if (length == 0)
        {
            return false;
        }

        var k = i + length;

        // 一点五亿: decimals written out.
        var fraction = 0.0;
        var decimalLength = text[k - 1] is not ('万' or '亿' or '十' or '百' or '千') ? ChineseNumeralParser.TryParseDecimals(text, k, end, out fraction) : 0;
        if (decimalLength > 0 && !(k + decimalLength < end && text[k + decimalLength] is '万' or '亿' or '千' or '百'))
        {
            value += fraction;
            k += decimalLength;
            length += decimalLength;
        }

        // 三分之一: the numeral before 分之 is the denominator.
        if (k + 2 < end && text[k] == '分' && text[k + 1] == '之')
        {
            var numLength = ChineseNumeralParser.TryParse(text, k + 2, end, out var numerator);
            if (numLength == 0 || value == 0 || numerator > value)
            {
                return false;
            }

            quantity = new Quantity
            {
                Start = i,
                End = k + 2 + numLength,
                Value = Math.Round(numerator / value * 100, 4),
                Unit = PercentUnit,
                Chinese = true,
            };
            return true;
        }

        // A lone multiplier is a word (万人, 千家万户), unless a round amount is meant: 上百家, 近千名.
        if (length == 1 && text[i] is '万' or '亿' or '千' or '百' && !(i > 0 && text[i - 1] is '上' or '近' or '逾' or '超'))
        {
            return false;
        }

        return Finish(text, i, k, end, value, chinese: true, out quantity);
    }

    private static readonly UnitDefinition PercentUnit = new("%", "%", 1, UnitKind.Rate);

    private static bool Finish(string text, int start, int k, int end, double value, bool chinese, out Quantity quantity)
    {
        quantity = default;
        var more = false;
        if (k < end && text[k] is '多' or '余' && k + 1 < end && (text[k + 1] is '万' or '亿' or '千' or '百'))
        {
            more = true;
            k++;
        }

        var hasMultiplier = false;
        if (!chinese)
        {
            var m = ChineseNumeralParser.TryParseMultiplier(text, k, end, out var multiplier);
            if (m > 0)
            {
                value *= multiplier;
                k += m;
                hasMultiplier = true;
            }
        }
        else
        {
            hasMultiplier = text[k - 1] is '万' or '亿';
        }

        if (!more && k < end && text[k] is '多' or '余')
        {
            more = true;
            k++;
        }

        var unit = UnitTable.Match(text, k, end);
        if (unit is not null)
        {
            value *= unit.Factor;
            k += unit.Written.Length;
            // 千瓦时 read as 千瓦: cannot happen, longest first; "方" after a number but before 面 is filtered.
        }
        else if (!chinese && k + 1 < end && text[k] is '：' or ':' && text[k + 1] == '1' && (k + 2 >= end || !CharClass.IsAsciiDigit(text[k + 2])))
        {
            // 1.776：1, a ratio to one.
            quantity = new Quantity { Start = start, End = k + 2, Value = value, Ratio = true };
            return true;
        }

        quantity = new Quantity
        {
            Start = start,
            End = k,
            Value = value,
            Unit = unit,
            MoreThan = more,
            Chinese = chinese,
            HasMultiplier = hasMultiplier,
        };
        return true;
    }
}
