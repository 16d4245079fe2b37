using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class DeputyConfiguration : IEntityTypeConfiguration<DeputyEntity>
{
    public void Configure(EntityTypeBuilder<DeputyEntity> e)
    {
        e.ToTable("deputies");
        e.HasIndex(d => new { d.BallotId, d.Code }).IsUnique();
        e.HasIndex(d => d.UserName);
        e.HasOne<BallotEntity>().WithMany().HasForeignKey(d => d.BallotId).OnDelete(DeleteBehavior.Restrict);
    }
}
