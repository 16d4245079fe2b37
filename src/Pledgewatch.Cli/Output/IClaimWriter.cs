using Pledgewatch.Extraction;

namespace Pledgewatch.Cli.Output;

/// <summary>Writes the claims of one document after another.</summary>
internal interface IClaimWriter : IDisposable
{
    void Write(string document, IReadOnlyList<Claim> claims);
}
