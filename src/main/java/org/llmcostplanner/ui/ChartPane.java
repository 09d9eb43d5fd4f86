package org.llmcostplanner.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.StackPane;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.llmcostplanner.chart.ChartBuilder;
import org.llmcostplanner.model.Scenario;

/**
 * One live chart of a {@link ChartBuilder} in a jfreechart-fx {@link ChartViewer}: every edit
 * while its tab is active asks {@link LiveChart} for a new picture (inactive charts catch up when
 * shown), and the context menu offers Export PNG, Export SVG and Copy.
 */
final class ChartPane extends StackPane {
    private final ChartBuilder builder;
    private final PlannerViewModel viewModel;
    private final LiveChart live;
    private final ChartViewer viewer;
    private final TiledPicture picture = new TiledPicture();
    private final ReadOnlyObjectWrapper<RasterChart.Picture> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private boolean stale;
    private final javafx.beans.value.ChangeListener<Scenario> onEdit = (obs, old, scenario) -> {
        if (active.get()) {
            redraw();
        } else {
            stale = true;
        }
    };

    ChartPane(ChartBuilder builder, PlannerViewModel viewModel, ChartActions actions) {
        this.builder = builder;
        this.viewModel = viewModel;
        this.live = new LiveChart(builder, viewModel.getScenario(), viewModel.getEvaluation(), this::requestRender,
                this::showPicture, failure -> actions.reportDrawingFailure(builder, failure));
        this.viewer = new ChartViewer(live.display(), false);
        createView(actions);
        initListeners();
    }

    private void createView(ChartActions actions) {
        setId(builder.id() + "-chart");
        viewer.getCanvas().setDomainZoomable(false);
        viewer.getCanvas().setRangeZoomable(false);
        ChartActions.addMenu(viewer, format -> actions.exportOne(builder, format), () -> actions.copyToClipboard(builder));
        viewer.setMinSize(200, 150);
        // The viewer's canvas only receives the mouse (context menu, tooltips); the picture above it
        // shows the chart. At opacity 0 the renderer skips the canvas but it still gets the mouse.
        viewer.getCanvas().setOpacity(0);
        getChildren().addAll(viewer, picture);
        getStyleClass().add("chart-pane");
    }

    private void initListeners() {
        sceneProperty().addListener((obs, old, scene) -> live.pacer(scene == null ? null : FramePacer.of(scene)));
        // The scenario, not its evaluation: an edit the evaluation does not see (a Pareto rule, a
        // configuration's quality) leaves an equal evaluation, which reports no change.
        viewModel.scenarioProperty().addListener(onEdit);
        active.addListener((obs, was, isActive) -> {
            if (isActive && stale) {
                redraw();
            }
        });
    }

    private void redraw() {
        stale = false;
        requestRender();
    }

    /** A picture of the current scenario at the viewer's size and the screen's pixel scale. */
    private void requestRender() {
        if (!active.get()) {
            stale = true;
            return;
        }
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        live.request(viewModel.getScenario(), viewModel.getEvaluation(), viewer.getCanvas().getWidth(),
                viewer.getCanvas().getHeight(), scale);
    }

    /** Shows a new picture over the viewer and hands the viewer its entities for tooltips. */
    private void showPicture(RasterChart.Picture next) {
        picture.apply(next.changes(), next.scale());
        picture.relocate(viewer.getLayoutX() + viewer.getCanvas().getLayoutX(), viewer.getLayoutY() + viewer.getCanvas().getLayoutY());
        var info = viewer.getCanvas().getRenderingInfo();
        if (info != null && next.entities() != null) {
            info.setEntityCollection(next.entities());
        }
        shown.set(next);
    }

    /** Whether {@link #dispose} has ended the chart's worker thread. */
    boolean isDisposed() {
        return live.isClosed();
    }

    /** The picture on screen; changes once per finished render (FX thread). */
    ReadOnlyObjectProperty<RasterChart.Picture> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether edits redraw this chart at once (its tab is showing). */
    BooleanProperty activeProperty() {
        return active;
    }

    /**
     * Stops following the plan and ends the chart's worker, for a pane replaced by another (a
     * chart of another metric); the pane shows its last picture until removed (FX thread).
     */
    void dispose() {
        viewModel.scenarioProperty().removeListener(onEdit);
        active.unbind();
        active.set(false);
        live.close();
    }

    /** What the pane draws and its context menu exports. */
    ChartBuilder builder() {
        return builder;
    }

    /** The real chart behind the picture; see {@link LiveChart#chart()}. */
    JFreeChart chart() {
        return live.chart();
    }

    /** Whether the picture on screen shows the view model's current scenario (FX thread). */
    boolean isUpToDate() {
        return live.isShowing(viewModel.getScenario(), viewModel.getEvaluation());
    }
}
