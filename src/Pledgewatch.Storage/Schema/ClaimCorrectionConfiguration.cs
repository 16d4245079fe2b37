using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class ClaimCorrectionConfiguration : IEntityTypeConfiguration<ClaimCorrectionEntity>
{
    public void Configure(EntityTypeBuilder<ClaimCorrectionEntity> e)
    {
        e.ToTable("claim_corrections");
        e.HasIndex(c => new { c.ClaimId, c.Version }).IsUnique();
        e.HasOne(c => c.Claim).WithMany().HasForeignKey(c => c.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}
