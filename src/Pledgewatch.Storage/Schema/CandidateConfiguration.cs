using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<CandidateEntity>
{
    public void Configure(EntityTypeBuilder<CandidateEntity> e)
    {
        e.ToTable("candidates");
        e.HasIndex(c => new { c.BallotId, c.Ordinal }).IsUnique();
        e.HasOne<BallotEntity>().WithMany().HasForeignKey(c => c.BallotId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<RegionEntity>().WithMany().HasForeignKey(c => c.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}
