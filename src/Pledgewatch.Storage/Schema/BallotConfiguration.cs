using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class BallotConfiguration : IEntityTypeConfiguration<BallotEntity>
{
    public void Configure(EntityTypeBuilder<BallotEntity> e)
    {
        e.ToTable("ballots");
        e.Property(b => b.Kind).HasMaxLength(16).HasDefaultValue(Voting.BallotKind.Vote);
        e.HasIndex(b => new { b.RegionId, b.Year });
        e.HasOne<RegionEntity>().WithMany().HasForeignKey(b => b.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
