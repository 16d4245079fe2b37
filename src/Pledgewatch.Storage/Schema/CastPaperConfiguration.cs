using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class CastPaperConfiguration : IEntityTypeConfiguration<CastPaperEntity>
{
    public void Configure(EntityTypeBuilder<CastPaperEntity> e)
    {
        e.ToTable("cast_papers");
        e.Property(p => p.Id).ValueGeneratedNever();
        e.HasIndex(p => p.BallotId);
        e.HasOne<BallotEntity>().WithMany().HasForeignKey(p => p.BallotId).OnDelete(DeleteBehavior.Restrict);
    }
}
