using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class VoteReceiptConfiguration : IEntityTypeConfiguration<VoteReceiptEntity>
{
    public void Configure(EntityTypeBuilder<VoteReceiptEntity> e)
    {
        e.ToTable("vote_receipts");
        e.HasIndex(r => new { r.BallotId, r.DeputyId }).IsUnique();
        e.HasIndex(r => r.SubmissionKey).IsUnique();
        e.HasOne<DeputyEntity>().WithMany().HasForeignKey(r => r.DeputyId).OnDelete(DeleteBehavior.Restrict);
    }
}
