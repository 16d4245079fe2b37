using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pledgewatch.Extraction;

namespace Pledgewatch.Storage;

/// <summary>
/// Claim kinds, measures and bounds are stored as the contract spells them (target, growth, &gt;=),
/// so a database reads the same in SQL as a JSONL file; an unknown spelling in a row is an error.
/// </summary>
internal static class ContractConversions
{
    public sealed class KindConverter() : ValueConverter<ClaimKind, string>(k => ContractNames.Of(k), s => ContractNames.KindOf(s));

    public sealed class MeasureConverter() : ValueConverter<Measure, string>(m => ContractNames.Of(m), s => ContractNames.MeasureOf(s));

    public sealed class BoundConverter() : ValueConverter<Bound, string>(b => ContractNames.Of(b), s => ContractNames.BoundOf(s));

    /// <summary>Ballot kinds as their names (vote, rating), as they were stored when they were strings.</summary>
    public sealed class BallotKindConverter() : ValueConverter<Voting.BallotKind, string>(k => Voting.BallotKinds.Of(k), s => Voting.BallotKinds.Stored(s));

    /// <summary>Document types as their names (government_work_report, news), as they were stored when they were strings.</summary>
    public sealed class DocumentTypeConverter() : ValueConverter<global::Pledgewatch.Tracking.DocumentType, string>(t => t.Name, s => global::Pledgewatch.Tracking.DocumentType.Stored(s));
}
