import streamlit as st

from knowledge.resources import compiled_on, country_name, crisis_lines, has_lines, wording
from ui.help import crisis_card, current_country, render_line

country = current_country()
st.title("Get help now")
st.write(
    f"Showing help for **{country_name(country)}**. You can change your country in the sidebar."
)
crisis_card(country)

warm = [line for line in crisis_lines(country) if line.kind == "warmline"]
if has_lines(country) and warm:
    st.subheader("When it's not an emergency but you need to talk")
    for line in warm:
        render_line(line)

st.caption(
    f"Every number here comes from the service's official site (checked {compiled_on()}). "
    + wording.WHAT_KINDRED_IS_NOT
)
