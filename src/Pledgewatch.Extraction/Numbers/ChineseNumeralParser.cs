namespace Pledgewatch.Extraction.Numbers;

/// <summary>
/// Reads Chinese numerals: 两, 十二, 一百二十, 三千五百, 一万二千, and bare multipliers
/// with an implied one (千亿, 万亿, 百亿). 〇 and 零 are zeros.
/// </summary>
internal static class ChineseNumeralParser
{
    public static bool IsNumeralChar(char c) => Digit(c) >= 0 || Small(c) > 0 || c is '万' or '亿';

    public static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int Small(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };

    /// <summary>
    /// Parses the longest numeral at <paramref name="i"/>; returns its length (0 when none).
    /// Stops before a multiplier that opens a unit (千瓦, 百分点).
    /// </summary>
    public static int TryParse(string text, int i, int end, out double value)
    {
        double result = 0, wan = 0, section = 0, number = 0;
        var k = i;
        var sawDigit = false;
        while (k < end)
        {
            var c = text[k];
            var d = Digit(c);
            if (d >= 0)
            {
                // Two digits in a row are a list (一二三产业), not a number, unless the first is 零.
                if (sawDigit && number != 0 && k > i && Digit(text[k - 1]) >= 0)
                {
                    break;
                }

                number = d;
                sawDigit = true;
                k++;
                continue;
            }

            var small = Small(c);
            if (small > 0)
            {
                if (UnitTable.StartsUnitWord(text, k, end))
                {
                    break;
                }

                section += (number == 0 ? 1 : number) * small;
                number = 0;
                k++;
                continue;
            }

            if (c == '万')
            {
                if (UnitTable.StartsUnitWord(text, k, end))
                {
                    break;
                }

                var part = section + number;
                wan = (part == 0 ? 1 : part) * 1e4;
                section = number = 0;
                k++;
                continue;
            }

            if (c == '亿')
            {
                var part = wan + section + number;
                result = (result + (part == 0 ? 1 : part)) * 1e8;
                wan = section = number = 0;
                k++;
                continue;
            }

            break;
        }

        value = result + wan + section + number;
        return k - i;
    }

    /// <summary>
    /// The decimals of a numeral written out, 点 and digits (十二点八 → .8); returns the length read
    /// from <paramref name="i"/> (0 when no 点 with a digit after it stands there).
    /// </summary>
    public static int TryParseDecimals(string text, int i, int end, out double fraction)
    {
        fraction = 0;
        if (i + 1 >= end || text[i] != '点' || Digit(text[i + 1]) < 0)
        {
            return 0;
        }

        var k = i + 1;
        var scale = 0.1;
        while (k < end && Digit(text[k]) is var d && d >= 0)
        {
            fraction += d * scale;
            scale /= 10;
            k++;
        }

        fraction = Math.Round(fraction, k - i);
        return k - i;
    }

    /// <summary>The multiplier that a run of 十/百/千/万/亿 after Arabic digits stands for (万亿 → 1e12).</summary>
    public static int TryParseMultiplier(string text, int i, int end, out double multiplier)
    {
        multiplier = 1;
        var k = i;
        while (k < end)
        {
            var c = text[k];
            double m = c switch
            {
                '百' => 100,
                '千' => 1000,
                '万' => 1e4,
                '亿' => 1e8,
                _ => 0,
            };
            if (m == 0 || UnitTable.StartsUnitWord(text, k, end))
            {
                break;
            }

            multiplier *= m;
            k++;
        }

        return k - i;
    }
}
