export { planStudy, type PlanDay, type PlanInput, type StudyPlan, type TopicBacklog } from './plan-study.js';
