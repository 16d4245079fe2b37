using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<ProposalEntity>
{
    public void Configure(EntityTypeBuilder<ProposalEntity> e)
    {
        e.ToTable("proposals");
        e.HasIndex(p => new { p.RegionId, p.Year, p.Status });
        e.HasOne<RegionEntity>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<RegionEntity>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CandidateEntity>().WithMany().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Restrict);
    }
}
