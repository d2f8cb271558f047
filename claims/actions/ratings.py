"""Rating scales and their ratings: the methodology partners read every verdict against (Admin role)."""

from typing import Any

from django.contrib.auth.models import User

from claims.models import Rating, RatingScale
from factdb.actions import Refused, action, apply_changes, check, check_version, lock, save_unique, touch, validated

SCALE_FIELDS = ("name", "slug", "methodology", "is_default")
RATING_FIELDS = ("label", "slug", "value", "category", "colour", "description")


def _save(obj: Rating | RatingScale) -> None:
    validated(obj, exclude=["scale"] if isinstance(obj, Rating) else ())
    save_unique(obj, f"Another {obj._meta.verbose_name} already has this name, slug or value.")


@action("rating_scale.change")
def do_save_rating_scale(
    scale: RatingScale | None, changes: dict[str, Any], *, actor: User, expected_version: int | str | None = None
) -> RatingScale:
    """Create (scale=None) or change a rating scale."""
    check(actor, "rating_scale.change")
    if scale is None:
        scale = RatingScale()
    else:
        scale = lock(scale)
        check_version(scale, expected_version)
    if apply_changes(scale, changes, SCALE_FIELDS) or scale.pk is None:
        if scale.is_default:  # one default scale: the new default replaces the old one
            for other in RatingScale.objects.filter(is_default=True).exclude(pk=scale.pk):
                other.is_default = False
                other.save(update_fields=["is_default"])
        _save(scale)
        touch(("rating_scale", scale.pk))
    return scale


@action("rating_scale.change")
def do_save_rating(
    rating: Rating | None,
    changes: dict[str, Any],
    *,
    actor: User,
    scale: RatingScale | None = None,
    expected_version: int | str | None = None,
) -> Rating:
    """Create a rating on `scale` (rating=None) or change one; verdicts that use it show the change."""
    check(actor, "rating_scale.change")
    if rating is None:
        rating = Rating(scale=scale)
    else:
        rating = lock(rating)
        check_version(rating, expected_version)
    if apply_changes(rating, changes, RATING_FIELDS) or rating.pk is None:
        _save(rating)
        touch(("rating_scale", rating.scale_id), ("rating", rating.pk))
    return rating


@action("rating_scale.change")
def do_delete_rating(rating: Rating, *, actor: User) -> None:
    check(actor, "rating_scale.change")
    if rating.fact_checks.exists():
        raise Refused(f"“{rating.label}” is the rating of fact-checks; it stays.")
    scale_id = rating.scale_id
    rating.delete()
    touch(("rating_scale", scale_id))


@action("rating_scale.change")
def do_delete_rating_scale(scale: RatingScale, *, actor: User) -> None:
    check(actor, "rating_scale.change")
    if Rating.objects.filter(scale=scale, fact_checks__isnull=False).exists():
        raise Refused(f"Fact-checks are rated on “{scale}”; it stays.")
    if scale.is_default:
        raise Refused("The default scale stays; make another scale the default first.")
    scale.ratings.all().delete()
    scale.delete()
